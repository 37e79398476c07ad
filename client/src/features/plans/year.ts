/** The plan year shown by default: the calendar year in Sweden. */
export const currentYear = () =>
  Number(new Intl.DateTimeFormat("sv-SE", { year: "numeric", timeZone: "Europe/Stockholm" }).format(new Date()));
