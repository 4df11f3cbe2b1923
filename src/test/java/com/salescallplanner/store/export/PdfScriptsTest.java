package com.salescallplanner.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.salescallplanner.domain.PlannerData;

import java.io.IOException;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;

/**
 * The PDF call sheet draws what the rep typed in any common script (issue 11, item 8): CJK is
 * not dropped, right-to-left text is not reversed, and what no font can draw is named. Checked
 * by extracting the text from the PDF (PDFBox, which gives right-to-left lines in reading order).
 */
class PdfScriptsTest {
    private static final String CHINESE = ("我们希望客户在本月底之前同意进行技术评估，并安排与采购部门的会议。"
            + "如果他们不同意，我们至少需要了解下一步的决策流程和预算时间表。").repeat(4).substring(0, 200);

    @Test
    void pdf_twoHundredChineseCharacters_areAllInTheText() throws IOException {
        String text = text(AwkwardTexts.planner(CHINESE));

        assertThat(squeeze(text)).contains(squeeze(CHINESE));
    }

    @Test
    void pdf_japaneseAndKorean_areInTheText() throws IOException {
        String typed = "日本語のテキスト、カタカナ 한국어 텍스트";

        assertThat(squeeze(text(AwkwardTexts.planner(typed)))).contains(squeeze(typed));
    }

    @Test
    void pdf_hebrewAndArabic_readInTheirOwnOrder() throws IOException {
        String hebrew = "שלום עולם, פגישה עם דוד";
        String arabic = "مرحبا بالعالم";

        String he = text(AwkwardTexts.planner(hebrew));
        String ar = text(AwkwardTexts.planner(arabic));

        assertThat(he).contains(hebrew);
        assertThat(Normalizer.normalize(ar, Normalizer.Form.NFKC)).contains(arabic);
    }

    @Test
    void pdf_rightToLeftInsideEnglish_keepsBothInOrder() throws IOException {
        String mixed = "Meet דוד כהן at 10:00 to sign";

        assertThat(text(AwkwardTexts.planner(mixed))).contains(mixed);
    }

    @Test
    void pdf_emojiAndSymbols_areInTheText() throws IOException {
        String typed = "Deal closed 👍 ✅ ☎ € → ж Ω";

        assertThat(text(AwkwardTexts.planner(typed))).contains(typed);
    }

    @Test
    void pdf_textNoFontCanDraw_isNamedAndShownAsReplacementCharacters() {
        PdfCallSheet.Rendered r = PdfCallSheet.rendered(CallSheet.of(AwkwardTexts.planner("Thai: สวัสดี ok"),
                AwkwardTexts.PLANNED));

        assertThat(r.undrawable()).startsWith("ส", "ว", "ั").contains("ด", "ี");
        assertThat(r.note()).contains("could not be drawn").contains("ส (U+0E2A THAI CHARACTER SO SUA)")
                .contains("\uFFFD");
    }

    @Test
    void pdf_everyScriptItCovers_needsNoNote() {
        PdfCallSheet.Rendered r = PdfCallSheet.rendered(CallSheet.of(AwkwardTexts.planner(
                CHINESE + " שלום مرحبا 👍 Grüße ΑΒΓ ж"), AwkwardTexts.PLANNED));

        assertThat(r.undrawable()).isEmpty();
        assertThat(r.note()).isEmpty();
    }

    private static String text(PlannerData d) throws IOException {
        return AwkwardTextExportTest.PdfText.of(PdfCallSheet.render(CallSheet.of(d, AwkwardTexts.PLANNED)));
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
