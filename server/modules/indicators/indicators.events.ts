import { declareEvents } from "../../shared/events.js";

export const IndicatorEvents = declareEvents({
  created: { kind: "indicator.created" },
  updated: { kind: "indicator.updated" },
  deleted: { kind: "indicator.deleted" },
  seriesCreated: { kind: "indicator_series.created" },
  seriesUpdated: { kind: "indicator_series.updated" },
  valueRecorded: { kind: "indicator_value.recorded" },
  valuesImported: { kind: "indicator_values.imported" },
});
