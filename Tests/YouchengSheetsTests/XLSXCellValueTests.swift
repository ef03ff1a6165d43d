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

extension XLSXCellValueTests {
    @Test func numbersShowFifteenSignificantDigitsAsExcelDoes() {
        #expect(ExcelCellValue.number(320_100.000_000_000_06) == "320100")
        #expect(ExcelCellValue.number(0.1 + 0.2) == "0.3")
        #expect(ExcelCellValue.number(1988) == "1988")
        #expect(ExcelCellValue.number(11.999_999_999_999_998) == "12")
        #expect(ExcelCellValue.number(1.5e-7) == "1.5e-07")
    }

    @Test func wholeNumberFormatsRoundAndPadWithLeadingZeros() {
        #expect(ExcelCellValue.whole(320_100, minimumDigits: 1) == "320100")
        #expect(ExcelCellValue.whole(10_100, minimumDigits: 6) == "010100")
        #expect(ExcelCellValue.whole(12.5, minimumDigits: 1) == "13")
        #expect(ExcelCellValue.whole(-2.5, minimumDigits: 1) == "-3")
        #expect(ExcelCellValue.whole(0.4, minimumDigits: 1) == "0")
    }

    @Test func formatCodesWithoutDecimalsAreWholeNumbers() {
        #expect(ExcelNumberFormat.style(code: "000000") == .whole(minimumDigits: 6))
        #expect(ExcelNumberFormat.style(code: "#,##0") == .whole(minimumDigits: 1))
        #expect(ExcelNumberFormat.style(code: #"0"人";[Red]-0"#) == .whole(minimumDigits: 1))
        #expect(ExcelNumberFormat.style(code: "0.00") == .general)
        #expect(ExcelNumberFormat.style(code: "0%") == .general)
        #expect(ExcelNumberFormat.style(code: "@") == .general)
        #expect(ExcelNumberFormat.style(code: "yyyy-mm-dd") == .date)
        #expect(ExcelNumberFormat.builtInStyle(3) == .whole(minimumDigits: 1))
        #expect(ExcelNumberFormat.builtInStyle(14) == .date)
        #expect(ExcelNumberFormat.builtInStyle(2) == .general)
    }
}
