// Journeys through the map view in real Chromium.
import type { Journey } from "./app.e2e";

export const journeys: Journey[] = [];
