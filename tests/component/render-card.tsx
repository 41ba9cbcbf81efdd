// One chart card drawn alone in an <svg>, as the chart draws a card that is focusable and neither
// selected, searched for nor dimmed, with no flags, seat, weak mark or change unless a test asks.
import { render } from "@testing-library/react";
import type { ComponentProps } from "react";
import type { ChartCard } from "../../src/layout/tree";
import { UnitCard } from "../../src/views/chart/UnitCard";

const nothing = () => undefined;

export function renderCard(card: ChartCard, props: Partial<ComponentProps<typeof UnitCard>> = {}) {
  return render(
    <svg>
      <UnitCard
        card={card}
        detail="full"
        selected={false}
        focusable
        hit={false}
        currentHit={false}
        dimmed={false}
        leadNations={[]}
        seat={null}
        weak={false}
        onActivate={nothing}
        onToggle={nothing}
        onFocusCard={nothing}
        {...props}
      />
    </svg>,
  );
}
