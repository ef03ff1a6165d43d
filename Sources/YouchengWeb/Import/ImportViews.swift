import YouchengCore
import YouchengSheets

/// The upload form's view model.
struct ImportFormView: Sendable {
    let action = ImportRoute.importPreview.link()
    let home: String
    let error: String?
    /// The upload limit as the hint states it.
    let fileHint: String

    init(home: String, error: String?, maxBytes: Int, language: Language, catalog: LabelCatalog) {
        self.home = home
        self.error = error
        fileHint = catalog.text("import_file_hint", language, ["mb": String(maxBytes / 1_048_576)])
    }
}

/// One labelled count of an import report.
struct ImportCount: Sendable {
    let id: String
    let label: String
    let value: Int
}

/// A message in both languages, as the report shows row errors and remarks.
struct BilingualLine: Sendable {
    let zh: String
    let en: String

    init(_ text: Bilingual) {
        zh = text.zh
        en = text.en
    }
}

/// The dry-run report's view model.
struct ImportReportView: Sendable {
    let filename: String
    let format: String
    let dataRows: Int
    let counts: [ImportCount]
    let remarks: [BilingualLine]
    let hasRemarks: Bool
    let errors: [BilingualLine]
    let hasErrors: Bool
    let hiddenErrors: String?
    let refused: String?
    let nothingToDo: String?
    let token: String?
    let confirmAction = ImportRoute.importConfirm.link()
    let againHref = ImportRoute.importForm.link()

    init(
        checked: CheckedImport, filename: String?, token: String?, maxErrors: Int, language: Language,
        catalog: LabelCatalog
    ) {
        self.filename = filename ?? ""
        format = checked.format
        dataRows = checked.plan.dataRows
        counts = ImportCount.all(checked.report, language: language, catalog: catalog)
        remarks = checked.plan.remarks.map(BilingualLine.init)
        hasRemarks = !remarks.isEmpty
        errors = checked.plan.errors.prefix(maxErrors).map { BilingualLine($0.message) }
        hasErrors = !errors.isEmpty
        let hidden = checked.plan.errors.count - errors.count
        hiddenErrors = hidden > 0 ? catalog.text("import_errors_more", language, ["count": String(hidden)]) : nil
        refused =
            checked.plan.errors.isEmpty
            ? nil : catalog.text("import_refused", language, ["count": String(checked.plan.errors.count)])
        nothingToDo =
            checked.isClean && !checked.offersConfirmation ? catalog.text("import_nothing", language) : nil
        self.token = checked.offersConfirmation ? token : nil
    }
}

/// The page after an import is stored.
struct ImportResultView: Sendable {
    let filename: String
    let counts: [ImportCount]
    let stored: Bool
    let listHref = RegistryRoute.partnerships.link()
    let overviewHref = RegistryRoute.overview.link()
    let againHref = ImportRoute.importForm.link()

    init(report: ImportReport, filename: String?, language: Language, catalog: LabelCatalog) {
        self.filename = filename ?? ""
        counts = ImportCount.all(report, language: language, catalog: catalog)
        stored = report.stored
    }
}

extension ImportCount {
    /// New, updated, unchanged, rejected and new partners, in that order.
    static func all(_ report: ImportReport, language: Language, catalog: LabelCatalog) -> [ImportCount] {
        [
            ("created", report.created), ("updated", report.updated), ("unchanged", report.unchanged),
            ("rejected", report.rejected), ("newPartners", report.newPartners),
        ].map { ImportCount(id: $0.0, label: catalog.text("import_count_\($0.0)", language), value: $0.1) }
    }
}
