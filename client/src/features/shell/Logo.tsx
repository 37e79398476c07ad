import "./shell.css";
export function Logo() {
  return (
    <svg className="logo" aria-hidden="true" viewBox="0 0 32 32" width="32" height="32">
      <rect width="32" height="32" rx="7" fill="currentColor" />
      <path d="M9 23 16 8l7 15" fill="none" stroke="#fff" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M11.5 18h9" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}
