import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { Choice, Fieldset } from "../../forms/Choices";
import { FormErrorsFragment } from "../../forms/errors";
import { Field } from "../../forms/Field";
import { FormSection } from "../../forms/FormSection";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { useMutationForm } from "../../forms/useMutationForm";

export const MailSettingsFragment = graphql(`
  fragment MailSettings_settings on MailSettings {
    delivery
    digestHour
    defaultDigestHour
    kinds {
      kind
      label
      byMail
    }
  }
`);

const UpdateMailSettingsMutation = graphql(
  `
    mutation UpdateMailSettings($input: MailSettingsInput!) {
      updateMailSettings(input: $input) {
        settings {
          ...MailSettings_settings
        }
        errors {
          ...FormErrors_userError
        }
      }
    }
  `,
  [MailSettingsFragment, FormErrorsFragment],
);

const DELIVERIES = ["IMMEDIATE", "DAILY", "NONE"] as const;
type Delivery = (typeof DELIVERIES)[number];

/** Mitt konto: which notifications also go by mail, and whether at once, as a daily digest, or not at all. */
export function MailSettingsSection({ settings: ref }: { settings: FragmentOf<typeof MailSettingsFragment> }) {
  const { t } = useTranslation("notifications");
  const settings = readFragment(MailSettingsFragment, ref);
  const form = useMutationForm(["delivery", "mutedKinds", "digestHour"]);
  const [{ fetching }, update] = useMutation(UpdateMailSettingsMutation);
  const [delivery, setDelivery] = useState<Delivery>(settings.delivery);
  const [byMail, setByMail] = useState(() => new Map(settings.kinds.map((k) => [k.kind, k.byMail])));
  const [saved, setSaved] = useState(false);
  // "" is the installation's hour.
  const [digestHour, setDigestHour] = useState(settings.digestHour === null ? "" : String(settings.digestHour));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const mutedKinds = [...byMail].filter(([, on]) => !on).map(([kind]) => kind);
    const result = await update({ input: { delivery, mutedKinds, digestHour: digestHour === "" ? null : Number(digestHour) } });
    setSaved(form.accept(result, result.data?.updateMailSettings));
  };

  return (
    <FormSection
      id="mail-settings-heading"
      title={t("mailSettings.heading")}
      intro={
        <>
          <p className="muted">{t("mailSettings.intro")}</p>
          <p className="muted">{t("mailSettings.transactional")}</p>
        </>
      }
      form={form}
      onSubmit={onSubmit}
      submitLabel={t("mailSettings.submit")}
      busyLabel={t("mailSettings.submitting")}
      busy={fetching}
      status={saved ? t("mailSettings.saved") : null}
    >
      <Fieldset legend={t("mailSettings.delivery")} error={form.errors.fields.delivery}>
        {DELIVERIES.map((d) => (
          <Choice
            key={d}
            type="radio"
            name="delivery"
            value={d}
            label={t(`mailSettings.${d}`)}
            checked={delivery === d}
            onChange={(on) => on && setDelivery(d)}
          />
        ))}
      </Fieldset>
      {delivery === "DAILY" && (
        <Field name="digestHour" id="mail-digest-hour" label={t("mailSettings.digestHour")} error={form.errors.fields.digestHour}>
          {(p) => (
            <select {...p} value={digestHour} onChange={(e) => setDigestHour(e.currentTarget.value)}>
              <option value="">{t("mailSettings.defaultHour", { hour: String(settings.defaultDigestHour).padStart(2, "0") })}</option>
              {Array.from({ length: 24 }, (_, h) => (
                <option key={h} value={String(h)}>
                  {t("mailSettings.hour", { hour: String(h).padStart(2, "0") })}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {delivery !== "NONE" && (
        <Fieldset legend={t("mailSettings.kinds")} hint={t("mailSettings.kindsHint")} error={form.errors.fields.mutedKinds}>
          {settings.kinds.map((k) => (
            <Choice
              key={k.kind}
              type="checkbox"
              name="kinds"
              value={k.kind}
              label={k.label}
              checked={byMail.get(k.kind) ?? true}
              onChange={(on) => setByMail((m) => new Map(m).set(k.kind, on))}
            />
          ))}
        </Fieldset>
      )}
    </FormSection>
  );
}
