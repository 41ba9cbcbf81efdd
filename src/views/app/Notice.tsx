import { useAtlas } from "../../state/store";

/** A quiet, polite message (not an alarm): an unknown id in a link, for example. */
export function Notice() {
  const notice = useAtlas((s) => s.notice);
  const setNotice = useAtlas((s) => s.setNotice);
  return (
    <div role="status" aria-live="polite" className={notice ? "notice" : "visually-hidden"}>
      {notice && (
        <>
          <span>{notice}</span>
          <button type="button" className="link-button" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </>
      )}
    </div>
  );
}
