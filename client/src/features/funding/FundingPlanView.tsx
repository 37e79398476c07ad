import { useTranslation } from "react-i18next";
import { type FragmentOf, graphql, readFragment } from "../../graphql";
import { TableScroll } from "../../ui/TableScroll";
import { kronor, percent } from "./format";

export const FundingPlanFragment = graphql(`
  fragment FundingPlanView_plan on FundingPlan {
    id
    kind
    year
    title
    totalAmount
    regionBasisPoints
    regionAmount
    municipalitiesAmount
    keyVersion
    spent
    paid
    parties {
      isRegion
      committed
      spent
      paid
      organisation {
        id
        name
      }
    }
  }
`);

/** One funding plan: what it costs, how it was split, and each party's commitment, costs and payments. */
export function FundingPlanView({ plan: data, headingLevel = 3 }: { plan: FragmentOf<typeof FundingPlanFragment>; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation("funding");
  const plan = readFragment(FundingPlanFragment, data);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="funding-plan">
      <Heading>
        {plan.title} <span className="muted">· {t(`kind.${plan.kind}`)}</span>
      </Heading>
      <p>
        {t("plan.summary", {
          total: kronor(plan.totalAmount),
          region: kronor(plan.regionAmount),
          regionShare: percent(plan.regionBasisPoints),
          municipalities: kronor(plan.municipalitiesAmount),
          version: plan.keyVersion,
        })}
      </p>
      <TableScroll label={t("plan.caption", { title: plan.title })}>
        <table className="table funding-table">
          <caption className="visually-hidden">{t("plan.caption", { title: plan.title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("page.party")}</th>
              <th scope="col" className="num">
                {t("page.committed")}
              </th>
              <th scope="col" className="num">
                {t("page.paid")}
              </th>
              <th scope="col" className="num">
                {t("page.spent")}
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.parties.map((p) => (
              <tr key={p.organisation.id}>
                <th scope="row">
                  {p.organisation.name} {p.isRegion && <span className="muted">{t("page.region")}</span>}
                </th>
                <td className="num">{kronor(p.committed)}</td>
                <td className="num">{kronor(p.paid)}</td>
                <td className="num">{kronor(p.spent)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("page.total")}</th>
              <td className="num">{kronor(plan.totalAmount)}</td>
              <td className="num">{kronor(plan.paid)}</td>
              <td className="num">{kronor(plan.spent)}</td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
    </div>
  );
}
