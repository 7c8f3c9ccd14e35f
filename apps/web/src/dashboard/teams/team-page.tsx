export function TeamPage(_props: { id: number }) {
  return null;
}
