import { FormErrorsFragment } from "../../forms/errors";
import { graphql } from "../../graphql";

/** What a meeting's page shows, refreshed by every change of the meeting. */
export const MeetingPageFragment = graphql(`
  fragment MeetingPage_meeting on Meeting {
    id
    version
    startsAt
    place
    link
    noticeSentAt
    minutesPublishedAt
    cancelledAt
    viewerMayManage
    viewerMayWriteMinutes
    body {
      id
      key
      name
    }
    agenda {
      id
      number
      title
      minutes
      matter {
        id
        number
        stage
      }
      decision {
        id
        outcome
        text
        decidedOn
        onBehalfOfBody
      }
    }
  }
`);

export const AddAgendaItemMutation = graphql(
  `
    mutation AddAgendaItemFromMeetingPage($input: AddAgendaItemInput!) {
      addAgendaItem(input: $input) {
        meeting {
          id
          ...MeetingPage_meeting
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [MeetingPageFragment, FormErrorsFragment],
);

export const RemoveAgendaItemMutation = graphql(
  `
    mutation RemoveAgendaItemFromMeetingPage($input: RemoveAgendaItemInput!) {
      removeAgendaItem(input: $input) {
        meeting {
          id
          ...MeetingPage_meeting
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [MeetingPageFragment, FormErrorsFragment],
);

export const ReorderAgendaMutation = graphql(
  `
    mutation ReorderAgendaFromMeetingPage($input: ReorderAgendaInput!) {
      reorderAgenda(input: $input) {
        meeting {
          id
          ...MeetingPage_meeting
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [MeetingPageFragment, FormErrorsFragment],
);

export const SendMeetingNoticeMutation = graphql(
  `
    mutation SendMeetingNoticeFromMeetingPage($input: MeetingVersionInput!) {
      sendMeetingNotice(input: $input) {
        meeting {
          id
          ...MeetingPage_meeting
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [MeetingPageFragment, FormErrorsFragment],
);

export const PublishMinutesMutation = graphql(
  `
    mutation PublishMinutesFromMeetingPage($input: MeetingVersionInput!) {
      publishMinutes(input: $input) {
        meeting {
          id
          ...MeetingPage_meeting
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [MeetingPageFragment, FormErrorsFragment],
);

export const WriteMinutesMutation = graphql(
  `
    mutation WriteMinutesFromMeetingPage($input: WriteMinutesInput!) {
      writeMinutes(input: $input) {
        meeting {
          id
          ...MeetingPage_meeting
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [MeetingPageFragment, FormErrorsFragment],
);

export const RecordDecisionMutation = graphql(
  `
    mutation RecordDecisionFromMeetingPage($input: RecordMatterDecisionInput!) {
      recordMatterDecision(input: $input) {
        decision {
          id
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [FormErrorsFragment],
);

export const UpdateMeetingMutation = graphql(
  `
    mutation UpdateMeetingFromMeetingPage($input: UpdateMeetingInput!) {
      updateMeeting(input: $input) {
        meeting {
          id
          ...MeetingPage_meeting
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [MeetingPageFragment, FormErrorsFragment],
);

export const CancelMeetingMutation = graphql(
  `
    mutation CancelMeetingFromMeetingPage($input: MeetingVersionInput!) {
      cancelMeeting(input: $input) {
        meeting {
          id
          ...MeetingPage_meeting
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [MeetingPageFragment, FormErrorsFragment],
);
