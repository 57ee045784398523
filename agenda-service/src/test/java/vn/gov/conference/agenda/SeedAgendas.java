package vn.gov.conference.agenda;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.conference.agenda.programme.AgendaForm;
import vn.gov.conference.agenda.programme.Programme;

/** The two seed plans' agendas, read from the shared demo fixtures exactly as a client would send them. */
public final class SeedAgendas {

    /** Seed 003 takes its start from its plan: "08 giờ 00 phút, ngày 07/7/2021". */
    public static final LocalTime DONG_THAP_PLAN_START = LocalTime.of(8, 0);

    private static final Path DIRECTORY = Path.of("..", "demo-data", "agendas");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SeedAgendas() {}

    public static Path tienGiangFile() {
        return DIRECTORY.resolve("tien-giang-276.json");
    }

    public static Path dongThapFile() {
        return DIRECTORY.resolve("dong-thap-2021.json");
    }

    public static AgendaForm request(Path file) {
        try {
            return JSON.readValue(Files.readString(file), AgendaForm.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Programme tienGiang() {
        return request(tienGiangFile()).toProgramme();
    }

    public static Programme dongThap() {
        return request(dongThapFile()).toProgramme();
    }
}
