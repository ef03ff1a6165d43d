import Testing

@testable import YouchengSheets

@Suite("XLSX cell values")
struct XLSXCellValueTests {
    @Test func serialDatesFollowExcelsFictional1900LeapDay() {
        #expect(ExcelCellValue.date(serial: 1, uses1904: false) == "1900-01-01")
        #expect(ExcelCellValue.date(serial: 59, uses1904: false) == "1900-02-28")
        #expect(ExcelCellValue.date(serial: 60, uses1904: false) == "1900-02-29")
        #expect(ExcelCellValue.date(serial: 61, uses1904: false) == "1900-03-01")
        #expect(ExcelCellValue.date(serial: 31_118, uses1904: false) == "1985-03-12")
        #expect(ExcelCellValue.date(serial: 36_951.75, uses1904: false) == "2001-03-01")
        #expect(ExcelCellValue.date(serial: 2_958_465, uses1904: false) == "9999-12-31")
    }

    @Test func serialDatesIn1904SystemCountFromNewYear1904() {
        #expect(ExcelCellValue.date(serial: 0, uses1904: true) == "1904-01-01")
        #expect(ExcelCellValue.date(serial: 29_656, uses1904: true) == "1985-03-12")
    }

    @Test func serialsOutsideExcelsCalendarAreNotDates() {
        #expect(ExcelCellValue.date(serial: -1, uses1904: false) == nil)
        #expect(ExcelCellValue.date(serial: 2_958_466, uses1904: false) == nil)
    }

    @Test func numbersLoseTheFractionOnlyWhenItIsZero() {
        #expect(ExcelCellValue.number(1985) == "1985")
        #expect(ExcelCellValue.number(-0.0) == "0")
        #expect(ExcelCellValue.number(13_800_138_000) == "13800138000")
        #expect(ExcelCellValue.number(3.25) == "3.25")
        #expect(ExcelCellValue.number(0.1) == "0.1")
        #expect(ExcelCellValue.number(-120.5) == "-120.5")
    }

    @Test func builtInDateFormatsIncludeTheChineseOnes() {
        #expect(ExcelNumberFormat.isBuiltInDate(14))
        #expect(ExcelNumberFormat.isBuiltInDate(22))
        #expect(ExcelNumberFormat.isBuiltInDate(31))
        #expect(ExcelNumberFormat.isBuiltInDate(58))
        #expect(!ExcelNumberFormat.isBuiltInDate(0))
        #expect(!ExcelNumberFormat.isBuiltInDate(49))
    }

    @Test func customFormatsAreDatesOnlyWithYMDOutsideQuotesAndBrackets() {
        #expect(ExcelNumberFormat.isDateFormatCode(#"yyyy\-mm\-dd"#))
        #expect(ExcelNumberFormat.isDateFormatCode("m/d/yyyy"))
        #expect(ExcelNumberFormat.isDateFormatCode(#"[$-804]yyyy"年"m"月"d"日""#))
        #expect(!ExcelNumberFormat.isDateFormatCode("General"))
        #expect(!ExcelNumberFormat.isDateFormatCode("#,##0.00"))
        #expect(!ExcelNumberFormat.isDateFormatCode(#"0 "day""#))
        #expect(!ExcelNumberFormat.isDateFormatCode("[Red]0.00"))
        #expect(!ExcelNumberFormat.isDateFormatCode(#"0\d"#))
    }

    @Test func officeEscapesDecodeAndLiteralLookAlikesSurvive() {
        #expect(OOXMLText.decode("a_x000D_b_x005F_x0041_") == "a\rb_x0041_")
        #expect(OOXMLText.decode(OOXMLText.encode("_x0041_ and _x005F_")) == "_x0041_ and _x005F_")
        #expect(OOXMLText.decode("_xZZZZ_ stays") == "_xZZZZ_ stays")
    }
}
