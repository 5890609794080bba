// Runs once when the server starts, before it answers anyone: the archive is read and the worker
// threads are started now rather than by the first page rendered on demand, which would keep every
// other visitor waiting meanwhile (lib/content/load.ts keeps one catalog per process).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const {getCatalog} = await import('./lib/content/load');
  try {
    getCatalog();
  } catch (error) {
    // The pages that need the content say what is wrong with it; the server still starts.
    console.error(error);
  }
  const {warmTasks} = await import('./lib/tasks');
  warmTasks();
}
