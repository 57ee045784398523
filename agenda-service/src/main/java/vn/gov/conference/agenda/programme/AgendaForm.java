package vn.gov.conference.agenda.programme;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The agenda as clients write and read it ({@code PUT/GET /api/plans/{planId}/agenda}) and as it is stored: an item
 * gives its time as a clock range ({@code from}, {@code to}, "HH:mm"), as {@code minutes}, or not at all; a
 * CONTRIBUTIONS item lists its {@code contributions} and may give {@code minutesEach}. Item ids are the client's:
 * keep them across edits so that revisions can tell which items moved. Only plain values here, so that the stored
 * form never depends on how a driver maps dates.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgendaForm(
        @Nullable String startsAt,
        @Nullable String plannedEnd,
        @Nullable String note,
        @Nullable List<Item> items) {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("H:mm");
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("HH:mm");

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            String id,
            ItemKind kind,
            @Nullable Boolean numbered,
            String content,
            @Nullable String note,
            @Nullable List<PresenterForm> presenters,
            @Nullable String from,
            @Nullable String to,
            @Nullable Integer minutes,
            @Nullable Integer minutesEach,
            @Nullable List<ContributionForm> contributions) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PresenterForm(@Nullable String unit, String name) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContributionForm(
            String id,
            String content,
            @Nullable String note,
            @Nullable List<PresenterForm> presenters) {}

    /** The validated agenda; a broken rule names its field the way the client wrote it ({@code items[3].to}). */
    public Programme toProgramme() {
        List<AgendaItem> mapped = new ArrayList<>();
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                mapped.add(at("items[" + i + "]", () -> item(item)));
            }
        }
        return new Programme(clock(startsAt, "startsAt"), clock(plannedEnd, "plannedEnd"), note, mapped);
    }

    /** The form that reads back as {@code programme}. */
    public static AgendaForm of(Programme programme) {
        return new AgendaForm(
                written(programme.startsAt()),
                written(programme.plannedEnd()),
                programme.note(),
                programme.items().stream().map(AgendaForm::item).toList());
    }

    private static Item item(AgendaItem item) {
        String from = null;
        String to = null;
        Integer minutes = null;
        switch (item.timing()) {
            case ItemTiming.Fixed fixed -> {
                from = written(fixed.from());
                to = written(fixed.to());
            }
            case ItemTiming.Lasting lasting ->
                minutes = Math.toIntExact(lasting.duration().toMinutes());
            case ItemTiming.Unset unset -> {}
        }
        return new Item(
                item.id(),
                item.kind(),
                item.numbered() ? null : Boolean.FALSE,
                item.content(),
                item.note(),
                presenterForms(item.presenters()),
                from,
                to,
                minutes,
                item.timeEach() == null ? null : Math.toIntExact(item.timeEach().toMinutes()),
                item.contributions().isEmpty()
                        ? null
                        : item.contributions().stream()
                                .map(c -> new ContributionForm(
                                        c.id(), c.content(), c.note(), presenterForms(c.presenters())))
                                .toList());
    }

    private static List<PresenterForm> presenterForms(List<Presenter> presenters) {
        return presenters.isEmpty()
                ? null
                : presenters.stream()
                        .map(p -> new PresenterForm(p.unitCode(), p.name()))
                        .toList();
    }

    private static AgendaItem item(Item item) {
        if (item == null) {
            throw new AgendaRuleViolation("", "must not be null");
        }
        List<Contribution> contributions = new ArrayList<>();
        if (item.contributions() != null) {
            for (int i = 0; i < item.contributions().size(); i++) {
                ContributionForm form = item.contributions().get(i);
                contributions.add(at("contributions[" + i + "]", () -> contribution(form)));
            }
        }
        return new AgendaItem(
                item.id(),
                item.kind(),
                item.numbered() == null || item.numbered(),
                item.content(),
                item.note(),
                presenters(item.presenters()),
                timing(item),
                item.minutesEach() == null ? null : Duration.ofMinutes(item.minutesEach()),
                contributions);
    }

    private static Contribution contribution(ContributionForm form) {
        if (form == null) {
            throw new AgendaRuleViolation("", "must not be null");
        }
        return new Contribution(form.id(), form.content(), form.note(), presenters(form.presenters()));
    }

    private static ItemTiming timing(Item item) {
        boolean clock = item.from() != null || item.to() != null;
        if (clock && item.minutes() != null) {
            throw new AgendaRuleViolation("minutes", "give either from and to or minutes, not both");
        }
        if (clock) {
            return new ItemTiming.Fixed(clock(item.from(), "from"), clock(item.to(), "to"));
        }
        return item.minutes() == null ? ItemTiming.NONE : ItemTiming.Lasting.minutes(item.minutes());
    }

    private static List<Presenter> presenters(List<PresenterForm> forms) {
        List<Presenter> result = new ArrayList<>();
        if (forms != null) {
            for (int i = 0; i < forms.size(); i++) {
                PresenterForm form = forms.get(i);
                result.add(at("presenters[" + i + "]", () -> {
                    if (form == null) {
                        throw new AgendaRuleViolation("", "must not be null");
                    }
                    return new Presenter(form.unit(), form.name());
                }));
            }
        }
        return result;
    }

    private static LocalTime clock(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip(), CLOCK);
        } catch (DateTimeParseException e) {
            throw new AgendaRuleViolation(field, "must be a clock time such as 07:30");
        }
    }

    private static String written(LocalTime time) {
        return time == null ? null : WRITTEN.format(time);
    }

    private static <T> T at(String field, Supplier<T> build) {
        try {
            return build.get();
        } catch (AgendaRuleViolation violation) {
            throw violation.within(field);
        }
    }
}
