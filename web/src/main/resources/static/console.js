// The console's one convenience: a file dropped on an upload form goes into its file picker. Without script the
// picker works as it is.
document.querySelectorAll('form[data-drop]').forEach(form => {
    const input = form.querySelector('input[type=file]');
    ['dragenter', 'dragover'].forEach(type => form.addEventListener(type, event => {
        event.preventDefault();
        form.classList.add('dropping');
    }));
    ['dragleave', 'drop'].forEach(type => form.addEventListener(type, () => form.classList.remove('dropping')));
    form.addEventListener('drop', event => {
        event.preventDefault();
        if (event.dataTransfer && event.dataTransfer.files.length) {
            input.files = event.dataTransfer.files;
        }
    });
});
