export default defineBackground(() => {
  // Wired up in lib/background (see later commits).
});
