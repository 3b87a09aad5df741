// The demo page: the sample-draft button and offline support. The widget itself is cross-check.js.

const checker = document.getElementById('checker');
const sampleStatus = document.getElementById('sample-status');

const sampleButton = document.getElementById('load-sample');

sampleButton.addEventListener('click', async () => {
  sampleStatus.textContent = '';
  try {
    const response = await fetch('sample-draft.txt');
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    // The sample is a draft written the day after the events it reports.
    checker.written = sampleButton.dataset.written;
    checker.check(await response.text()).catch(() => {});
  } catch (error) {
    sampleStatus.textContent = `The sample could not be loaded (${error.message}).`;
  }
});

// After the first visit the page, the engine and its corpus work offline.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('sw.js').catch((error) => {
    console.warn('Offline use is not available:', error);
  });
}
