// Progressive enhancement only: every page works without this file.
(function () {
    'use strict';

    // A unit's delegate form: show the first empty optional block only when asked ("Thêm đại biểu").
    document.querySelectorAll('form.delegates').forEach(function (form) {
        var add = form.querySelector('.add-delegate');
        var blank = function (block) {
            return Array.prototype.every.call(block.querySelectorAll('input'), function (input) {
                return input.value.trim() === '';
            });
        };
        var hidden = Array.prototype.filter.call(form.querySelectorAll('fieldset[data-optional=true]'), blank);
        if (!add || hidden.length === 0) {
            return;
        }
        hidden.forEach(function (block) { block.hidden = true; });
        add.hidden = false;
        add.addEventListener('click', function () {
            var next = hidden.shift();
            if (next) {
                next.hidden = false;
                next.querySelector('input').focus();
            }
            add.hidden = hidden.length === 0;
        });
    });

    // The reception desk's totals refresh themselves; a failed refresh keeps what is shown.
    var totals = document.querySelector('[data-refresh]');
    if (totals && window.fetch) {
        var seconds = parseInt(totals.getAttribute('data-seconds'), 10) || 15;
        setInterval(function () {
            fetch(totals.getAttribute('data-refresh'), { headers: { 'Accept': 'text/html' } })
                .then(function (answer) { return answer.ok ? answer.text() : null; })
                .then(function (html) { if (html) { totals.innerHTML = html; } })
                .catch(function () {});
        }, seconds * 1000);
    }
})();
