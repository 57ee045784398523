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

// The totals of a plan's composition while typing, counted as the page (and plan-service) counts them: a bridge point
// with an expected attendance counts that number for the groups and guests there, elsewhere each group its seats and
// each guest one; a group without a number leaves the count open. Without script the page counts on every render.
(() => {
    const box = document.getElementById('tong-so');
    const form = box && box.closest('form');
    if (!form) {
        return;
    }
    const value = (row, field) => {
        const input = row.querySelector('[name$=".' + field + '"]');
        return input ? input.value.trim() : '';
    };
    const number = text => /^\d{1,7}$/.test(text) ? parseInt(text, 10) : null;
    const count = () => {
        const expected = new Map();
        form.querySelectorAll('[data-point]').forEach(point => {
            const attendance = number(value(point, 'expectedAttendance'));
            if (value(point, 'code') && attendance !== null) {
                expected.set(value(point, 'code'), attendance);
            }
        });
        let counted = [...expected.values()].reduce((a, b) => a + b, 0);
        let open = 0;
        form.querySelectorAll('[data-group]').forEach(group => {
            if (!value(group, 'unit') && !value(group, 'role') && !value(group, 'count')) {
                return;
            }
            if (expected.has(value(group, 'bridgePoint'))) {
                return;
            }
            const seats = number(value(group, 'count'));
            if (seats === null) {
                open++;
            } else {
                counted += seats;
            }
        });
        form.querySelectorAll('[data-guest]').forEach(guest => {
            if ((value(guest, 'name') || value(guest, 'position')) && !expected.has(value(guest, 'bridgePoint'))) {
                counted++;
            }
        });
        const stated = number((form.querySelector('[name="participants.statedTotal"]') || {}).value || '');
        const approximate = (form.querySelector('[name="participants.totalApproximate"]') || {}).checked === true;
        const tolerance = stated === null || !approximate ? 0 : Math.ceil(stated * 0.1);
        const consistent = stated === null || (open === 0 ? Math.abs(counted - stated) <= tolerance
            : counted <= stated + tolerance);
        box.querySelector('[data-totals-summary]').textContent = counted + ' đại biểu đã nêu số'
            + (open === 0 ? '' : ', ' + open + ' nhóm do đơn vị tự cử (chưa nêu số)') + ' — '
            + (stated === null ? 'kế hoạch chưa ghi tổng số' : 'kế hoạch ghi ' + (approximate ? 'khoảng ' : '')
                + stated + ' đại biểu') + '.';
        box.querySelector('[data-totals-verdict]').textContent = stated === null ? 'Chưa ghi tổng số đại biểu.'
            : consistent ? (open === 0 ? 'Khớp với tổng số.' : 'Không vượt tổng số.')
                : open === 0 ? 'Không khớp: các nhóm cộng lại ' + counted + ', cho phép chênh ' + tolerance + '.'
                    : 'Vượt tổng số: các nhóm đã nêu số cộng lại ' + counted + '.';
        box.classList.toggle('warn', !consistent);
    };
    form.addEventListener('input', count);
    form.addEventListener('change', count);
})();
