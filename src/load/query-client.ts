import { QueryClient } from "@tanstack/react-query";

// Models are files: once validated they do not go stale, and a failure is the file's fault,
// so retrying would only delay the message. Kept forever so the last good model stays on screen.
export const createQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, gcTime: Infinity, retry: false, refetchOnWindowFocus: false },
    },
  });
