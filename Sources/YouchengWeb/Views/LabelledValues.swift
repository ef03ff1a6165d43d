/// A value shown in words with the code it stands for; templates put the code in a `data-` attribute for styles,
/// scripts and tests (`<td data-kind="{{kind.code}}">{{kind.label}}</td>`).
struct CodedLabel: Sendable {
    let code: String
    let label: String
}

/// Words that link to a page (`<a href="{{home.href}}">{{home.label}}</a>`).
struct LinkedLabel: Sendable {
    let label: String
    let href: String
}

/// A labelled count: a line of a count table (`{{label}} {{count}}`).
struct CountLine: Sendable {
    let label: String
    let count: Int
}
