// Shared test setup: DOM matchers for component tests (harmless in node-environment unit tests).
import "@testing-library/jest-dom/vitest";
