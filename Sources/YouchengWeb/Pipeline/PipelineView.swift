import YouchengCore

/// The pipeline page's view model: the home and year chooser, the progress (sentence, figures, total and localities
/// covered), the board (batches of stage columns of cards), the target form for administrators, and what to do when
/// there is no home or no prospect yet.
struct PipelineView: Sendable {
    /// One stage's column of cards.
    struct StageColumn: Sendable {
        let code: String
        let label: String
        let count: Int
        let cards: [ProspectRow]
        /// When the column shows fewer cards than it counts: the link to all of them in the list, and its text.
        let moreHref: String?
        let moreText: String?
    }

    /// One batch (在手, 在谈, 报批, 签约, 搁置或放弃) and its stage columns.
    struct Batch: Sendable {
        let code: String
        let label: String
        let count: Int
        let columns: [StageColumn]
    }

    /// One figure of the progress table.
    struct Figure: Sendable {
        let key: String
        let label: String
        let value: String
    }

    let title: String
    let notice: String?
    let action: String
    /// The home as a name the field reads back (苏州市), not its code.
    let homeText: String
    /// The home field's suggestions: every province and city by full name.
    let homeOptions: [SelectOption]
    let homeLabel: String?
    let year: String
    let sentence: String?
    let totalSentence: String?
    let localitiesSentence: String?
    let figures: [Figure]
    let batches: [Batch]
    let listHref: String
    let newHref: String?
    /// Set when there is nothing to show: what to do next.
    let emptyText: String?
    let targetForm: TargetForm?
    let hasFieldErrors: Bool
    let formError: String?

    /// The administrators' target form.
    struct TargetForm: Sendable {
        let action: String
        let home: String
        let year: String
        let fields: [FormField]
    }

    init(
        scope: PipelineScope, progress: PipelineProgress?, board: ProspectBoard, form: PipelineTargetForm,
        errors: FieldErrors?, notice: String?, mayWrite: Bool, mayAdminister: Bool, units: [Int64: MemberUnit],
        display: Display, catalog: LabelCatalog
    ) {
        let language = display.language
        let kit = FormFieldKit(labelPrefix: "pipeline_target_", errors: errors, language: language, catalog: catalog)
        title = kit.text("pipeline_title")
        self.notice = notice.map { kit.text($0) }
        action = PipelineRoute.pipeline.link()
        homeText = scope.home?.fullName ?? ""
        homeOptions = display.homeSuggestions
        homeLabel = scope.home.map(display.home)
        year = String(scope.year)
        sentence = progress?.sentence.text(language)
        totalSentence = progress?.totalSentence?.text(language)
        localitiesSentence = progress?.localitiesSentence?.text(language)
        figures = progress.map { Self.figures($0, kit: kit) } ?? []
        batches = PipelineBatch.allCases.map { batch in
            let columns = batch.stages.map { stage in
                let cards = board.cards(stage).map { ProspectRow($0, units: units, display: display) }
                let count = board.count(stage)
                let more = count > cards.count ? Self.listLink(scope, stage: stage) : nil
                return StageColumn(
                    code: stage.rawValue, label: display.text(stage.label), count: count, cards: cards,
                    moreHref: more,
                    moreText: more.map { _ in kit.text("pipeline_all_in_stage", ["count": String(count)]) })
            }
            return Batch(
                code: batch.rawValue, label: display.text(batch.label), count: columns.reduce(0) { $0 + $1.count },
                columns: columns)
        }
        listHref = PipelineRoute.prospects.link(scope.home.map { [("home", $0.code)] } ?? [])
        newHref = mayWrite ? PipelineRoute.newProspect.link(scope.home.map { [("home", $0.code)] } ?? []) : nil
        emptyText =
            scope.home == nil
            ? kit.text("pipeline_no_home")
            : board.isEmpty ? kit.text(mayWrite ? "pipeline_empty" : "pipeline_empty_reader") : nil
        targetForm =
            mayAdminister
            ? TargetForm(
                action: PipelineRoute.setTarget.link(), home: form.home.isEmpty ? homeText : form.home,
                year: form.year.isEmpty ? year : form.year,
                fields: [
                    kit.text("newMin", form.newMin, required: true, inputMode: "numeric"),
                    kit.text("newMax", form.newMax, inputMode: "numeric"),
                    kit.date("totalDate", form.totalDate, entry: .day),
                    kit.text("totalCount", form.totalCount, inputMode: "numeric"),
                    kit.date("localitiesDate", form.localitiesDate, entry: .day),
                    kit.text("localitiesCount", form.localitiesCount, hint: kit.text("pipeline_target_hint_all")),
                ]) : nil
        hasFieldErrors = kit.hasErrors
        // Refusals of no single field of the form (the home, the year, a range as a whole) show above it.
        let own: Set<String> = ["newMin", "newMax", "totalDate", "totalCount", "localitiesDate", "localitiesCount"]
        let general = errors?.errors.filter { !own.contains($0.field ?? "") }.map { $0.message.text(language) } ?? []
        formError = general.isEmpty ? nil : general.joined(separator: language == .zh ? "；" : "; ")
    }

    /// The list of the home's prospects at `stage` (signed and dropped: those of the board's year).
    private static func listLink(_ scope: PipelineScope, stage: ProspectStage) -> String? {
        guard let home = scope.home else { return nil }
        var parameters = [("home", home.code), ("stage", stage.rawValue)]
        if stage.isFinal { parameters.append(("year", String(scope.year))) }
        return PipelineRoute.prospects.link(parameters)
    }

    private static func figures(_ progress: PipelineProgress, kit: FormFieldKit) -> [Figure] {
        var out = [
            Figure(
                key: "target", label: kit.text("pipeline_figure_target"),
                value: progress.target?.newPartnerships.text ?? kit.text("pipeline_no_target")),
            Figure(key: "signed", label: kit.text("pipeline_figure_signed"), value: String(progress.signed)),
            Figure(key: "approval", label: kit.text("pipeline_figure_approval"), value: String(progress.inApproval)),
            Figure(key: "talks", label: kit.text("pipeline_figure_talks"), value: String(progress.inTalks)),
            Figure(
                key: "inHand", label: kit.text("pipeline_figure_in_hand"),
                value: String(progress.byStage[.identified] ?? 0)),
        ]
        if let gap = progress.gap {
            out.append(Figure(key: "gap", label: kit.text("pipeline_figure_gap"), value: gap.text))
        }
        return out
    }
}
