package vn.gov.conference.documents.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.gov.conference.documents.content.ContentStore;
import vn.gov.conference.documents.content.FileNames;
import vn.gov.conference.documents.portal.PortalSection;
import vn.gov.conference.documents.portal.PublishedMaterial;

/**
 * Writes every published material into one zip as it reads them from storage, one buffer at a time: a folder per
 * agenda item, numbered in agenda order, with the materials' own (Vietnamese, UTF-8 flagged) names.
 */
final class BundleWriter {

    private static final int FOLDER_BYTES = 120;

    private BundleWriter() {}

    static void write(List<PortalSection> sections, ContentStore store, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        // Documents and images are mostly compressed already: the fastest level gains as much and spares the CPU.
        zip.setLevel(1);
        for (int index = 0; index < sections.size(); index++) {
            PortalSection section = sections.get(index);
            String folder =
                    String.format("%02d %s", index + 1, FileNames.folder(PortalView.heading(section), FOLDER_BYTES));
            Set<String> names = new HashSet<>();
            for (PublishedMaterial material : section.materials()) {
                zip.putNextEntry(new ZipEntry(folder + "/" + unique(material.fileName(), names)));
                try (InputStream in = store.open(material.fileId())) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        zip.finish();
        zip.flush();
    }

    /** Two materials with the same name under one item: the second becomes "name (2).pdf". */
    private static String unique(String fileName, Set<String> taken) {
        String candidate = fileName;
        int dot = fileName.lastIndexOf('.');
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = dot < 0
                    ? fileName + " (" + n + ")"
                    : fileName.substring(0, dot) + " (" + n + ")" + fileName.substring(dot);
        }
        return candidate;
    }
}
