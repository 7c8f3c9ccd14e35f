/** The host's logo, or their initials in the brand colour. */
export function Avatar({ name, logoUrl }: { name: string; logoUrl?: string | null }) {
  if (logoUrl) return <img className="avatar" src={logoUrl} alt="" />;
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join('');
  return (
    <span className="avatar avatar-initials" aria-hidden="true">
      {initials}
    </span>
  );
}
