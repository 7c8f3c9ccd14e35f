export function App() {
  return <main>Kairos</main>;
}
