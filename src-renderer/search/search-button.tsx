/** The top bar's way into the project search, naming its key. */
export function SearchButton({ onOpen }: { readonly onOpen: () => void }) {
  return (
    <button
      type="button"
      className="search-open"
      aria-keyshortcuts="Control+Shift+F Meta+Shift+F /"
      title="Search the project (Ctrl/Cmd+Shift+F, or /)"
      onClick={onOpen}
    >
      Search
    </button>
  )
}
