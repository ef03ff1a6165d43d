import Foundation
import YouchengCore

/// One notice's view model: its text and facts, each addressed unit's answer or silence (overdue marked), and for
/// a writer of an addressed unit the answer form.
struct NoticeView: Sendable {
    struct AnswerRow: Sendable {
        let unit: String
        let answer: CodedLabel
        let comment: String
        let contact: String
        let answeredAt: String
        let exchangeHref: String?
        let mine: Bool
    }

    struct SilentRow: Sendable {
        let unit: String
        let overdue: Bool
        let mine: Bool
    }

    let title: String
    let notice: String?
    let kind: CodedLabel
    let deadline: String
    let state: String
    let partner: String?
    let partnerHref: String?
    let body: String
    let sent: String
    let addressees: String
    let answeredText: String
    let answers: [AnswerRow]
    let silent: [SilentRow]
    let overdueText: String?
    /// The answer form, for a writer of an addressed unit.
    let answerForm: AnswerFormView?
    let backHref: String

    /// The answer form: answer, comment, contact and the exchange it led to.
    struct AnswerFormView: Sendable {
        let heading: String
        let action: String
        let fields: [FormField]
        let hasFieldErrors: Bool
        let formError: String?
        let formErrorLink: FormLink?
        let current: String?
        let submitLabel: String
    }

    init(
        detail: NoticeDetail, form: NoticeAnswerForm, errors: FieldErrors?, notice: String?, mayAnswer: Bool,
        principal: Principal, units: [Int64: MemberUnit], partner: Partner?, today: Day, timeZone: TimeZone,
        display: Display, catalog: LabelCatalog
    ) {
        let language = display.language
        func text(_ key: String, _ arguments: [String: String] = [:]) -> String {
            catalog.text(key, language, arguments)
        }
        func name(_ id: Int64) -> String { units[id].map { $0.name.text(language) } ?? "#\(id)" }
        let n = detail.notice
        title = n.title
        self.notice = notice.map { text($0) }
        kind = CodedLabel(code: n.kind.rawValue, label: n.kind.label.text(language))
        deadline = n.deadline?.description ?? text("notice_no_deadline")
        state = text(n.isOpen(on: today) ? "notice_state_open" : "notice_state_closed")
        self.partner = partner.map { "\(display.partner($0)) (\(display.country($0.country)))" }
        partnerHref = partner.map { RegistryRoute.partner(id: $0.id).link() }
        body = n.body
        sent = text(
            "notice_sent_by", ["user": n.createdBy, "time": AuditEntryRow.clock(n.createdAt, timeZone)])
        addressees =
            n.toAllUnits
            ? text("notice_to_all", ["count": String(n.unitIds.count)])
            : text("notice_to_units", ["count": String(n.unitIds.count)])
        answeredText = text(
            "notices_answered_of", ["answered": String(detail.answeredCount), "addressed": String(n.unitIds.count)])
        answers = n.unitIds.compactMap { detail.responses[$0] }.map { response in
            AnswerRow(
                unit: name(response.unitId),
                answer: CodedLabel(
                    code: response.draft.answer.rawValue, label: response.draft.answer.label.text(language)),
                comment: response.draft.comment, contact: response.draft.contact,
                answeredAt: AuditEntryRow.clock(response.answeredAt, timeZone),
                exchangeHref: response.draft.exchangeId.map { ExchangeRoute.editExchange(id: $0).link() },
                mine: response.unitId == principal.unitId)
        }
        let overdue = Set(detail.overdue(on: today))
        silent = detail.unanswered.map {
            SilentRow(unit: name($0), overdue: overdue.contains($0), mine: $0 == principal.unitId)
        }
        overdueText = overdue.isEmpty ? nil : text("notice_overdue_count", ["count": String(overdue.count)])
        backHref = NoticeRoute.notices.link()
        guard mayAnswer else {
            answerForm = nil
            return
        }
        let kit = FormFieldKit(labelPrefix: "notice_answer_", errors: errors, language: language, catalog: catalog)
        let current = detail.responses[principal.unitId]
        answerForm = AnswerFormView(
            heading: text("notice_answer_heading", ["unit": name(principal.unitId)]),
            action: NoticeRoute.answerNotice(id: n.id).link(),
            fields: [
                kit.select(
                    "answer",
                    [SelectOption(value: "", label: text("notice_answer_choose"))]
                        + NoticeAnswer.allCases.map {
                            SelectOption(
                                value: $0.rawValue, label: $0.label.text(language), selected: $0.rawValue == form.answer
                            )
                        }),
                kit.textarea("comment", form.comment),
                kit.text("contact", form.contact),
                kit.text(
                    "exchange", form.exchange, hint: kit.text("notice_answer_exchange_hint"), inputMode: "numeric"),
            ],
            hasFieldErrors: kit.hasErrors, formError: nil, formErrorLink: nil,
            current: current.map {
                text(
                    "notice_answer_current",
                    [
                        "answer": $0.draft.answer.label.text(language),
                        "time": AuditEntryRow.clock($0.answeredAt, timeZone),
                    ])
            },
            submitLabel: text(current == nil ? "notice_answer_submit" : "notice_answer_change"))
    }
}
