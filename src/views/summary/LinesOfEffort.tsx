import { useShownModel } from "../app/shown-model";
import { ROLE_LABEL } from "../common/labels";
import { StatusBadge } from "../common/StatusBadge";
import { useAtlas } from "../../state/store";
import { isWeaklySourced } from "../../model";
import { WeakMark } from "../common/WeakMark";

/** One card per line of effort: what it is for and who leads it. */
export function LinesOfEffort() {
  const { resolved, index, sources } = useShownModel();
  const select = useAtlas((s) => s.select);
  const lines = resolved.units.filter((u) => u.kind === "line-of-effort");
  if (lines.length === 0) return null;
  return (
    <section aria-labelledby="loe-title">
      <h3 id="loe-title">Lines of effort</h3>
      <ul className="loe-grid">
        {lines.map((line) => {
          const leads = (index.rolesByUnit.get(line.id) ?? []).filter((r) => r.role.endsWith("lead"));
          const tasks = (index.claimsAbout.get(line.id) ?? []).filter((c) => c.kind === "task");
          return (
            <li key={line.id} className={`loe-card status-${line.status}`}>
              <button type="button" className="loe-button" onClick={() => select(line.id)}>
                <span className="loe-name">{line.name}</span>
                <StatusBadge status={line.status} interactive={false} />
                {isWeaklySourced(line.sources, sources) && <WeakMark interactive={false} />}
                {leads.length > 0 && (
                  <span className="loe-leads">
                    {[
                      ...new Set(
                        leads.map(
                          (r) =>
                            `${index.nations.get(r.nation)?.name ?? r.nation} (${ROLE_LABEL[r.role].toLowerCase()})`,
                        ),
                      ),
                    ].join(", ")}
                  </span>
                )}
                <span className="loe-tasks">
                  {tasks.length} task{tasks.length === 1 ? "" : "s"}
                  {line.condition ? ` · ${line.condition}` : ""}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
