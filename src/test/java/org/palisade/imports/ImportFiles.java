package org.palisade.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.palisade.testing.Api;
import org.palisade.testing.TestUsers;

/** Files to import, built by tests, and a client that sends them as the API takes them. */
final class ImportFiles {

    static final String HEADER = "contributors,amount,currency,stage,date,program,category,disclosure,source_title,"
            + "source_outlet,source_url,source_published";

    private ImportFiles() {
    }

    /** An organisation code no other test uses. */
    static String uniqueCode() {
        StringBuilder code = new StringBuilder("I");
        for (int i = 0; i < 7; i++) {
            code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return code.toString();
    }

    static byte[] csv(String... rows) {
        return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A workbook as a spreadsheet program writes it: amounts as numbers, dates as date cells, the rest as text.
     * Each row: contributors, amount, currency, stage, date, disclosure.
     */
    static byte[] xlsx(List<Object[]> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("data");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle grouped = workbook.createCellStyle();
            grouped.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("#,##0.00"));
            Row header = sheet.createRow(0);
            String[] names = {"Contributors", "Amount", "Currency", "Stage", "Date", "Disclosure"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Object[] values = rows.get(r);
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue((String) values[0]);
                var amount = row.createCell(1);
                amount.setCellValue((Double) values[1]);
                amount.setCellStyle(grouped);
                row.createCell(2).setCellValue((String) values[2]);
                row.createCell(3).setCellValue((String) values[3]);
                var date = row.createCell(4);
                date.setCellValue((LocalDate) values[4]);
                date.setCellStyle(dateStyle);
                row.createCell(5).setCellValue((String) values[5]);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Sends a file as multipart field {@code file}, signed in as the user, and answers as {@link Api} does. */
    static Api.Response multipart(int port, String user, String path, String fileName, byte[] content) {
        String boundary = "----palisade" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        body.writeBytes(head);
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(port, user, path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** Sends a file as the request body with this content type. */
    static Api.Response send(int port, String user, String path, String contentType, byte[] content) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                .header("Content-Type", contentType)
                .header("Accept", "application/json, application/problem+json");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Api.Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
