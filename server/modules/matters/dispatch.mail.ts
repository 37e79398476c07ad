/** What a dispatch mail says; the party has no account and so no language setting: Swedish first, then English. */
export interface DispatchMailParams {
  arena: string;
  arenaEn: string;
  body: string;
  party: string;
  contact: string;
  number: number;
  title: string;
  decision: string;
  decidedOn: string;
  by: string;
  url: string;
}

const quote = (text: string) =>
  text
    .split("\n")
    .map((l) => `> ${l}`)
    .join("\n");

const sv = (p: DispatchMailParams) =>
  [
    p.contact ? `Hej ${p.contact}!` : "Hej!",
    `${p.body} i ${p.arena} fattade beslut i ärende ${p.number}, ”${p.title}”, den ${p.decidedOn}. Beslutet expedieras till ${p.party} som part i samverkan.`,
    `Beslut:\n${quote(p.decision)}`,
    `Bekräfta gärna att ni har tagit emot beslutet, och berätta sedan om ${p.party} antar det (till exempel ”beslutad i fullmäktige” med datum) eller avböjer. Det gör ni genom er personliga länk, utan konto:\n${p.url}`,
    `Länken är personlig. Dela den inte. Frågor besvaras av samverkanskansliet (${p.by}).`,
  ].join("\n\n");

const en = (p: DispatchMailParams) =>
  [
    p.contact ? `Hello ${p.contact},` : "Hello,",
    `${p.body} of ${p.arenaEn} decided matter ${p.number}, “${p.title}”, on ${p.decidedOn}. The decision is dispatched to ${p.party} as a party to the partnership.`,
    `Please confirm that you have received the decision, and later tell us whether ${p.party} adopts it (with the date of your own decision) or declines it, through your personal link (no account needed):\n${p.url}`,
    `The link is personal. Do not share it. The partnership office (${p.by}) answers questions.`,
  ].join("\n\n");

export function renderDispatchMail(p: DispatchMailParams): { subject: string; text: string } {
  return {
    subject: `Beslut att expediera från ${p.arena}: ärende ${p.number} ”${p.title}”`,
    text: `${sv(p)}\n\n---\n\n${en(p)}\n`,
  };
}
