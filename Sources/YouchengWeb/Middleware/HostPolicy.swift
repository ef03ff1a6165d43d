/// Which `Host` header values the server answers, against DNS rebinding: a page on another site that makes its
/// own name resolve to 127.0.0.1 would otherwise reach a server that listens only on this machine.
///
/// Bound to a loopback address, the server answers loopback names (any port) and the configured hosts only. Bound
/// to another address, it answers any host unless hosts are configured; then those and the loopback names.
struct HostPolicy: Sendable {
    /// The host names answered besides the loopback names; nil when any host is answered.
    let allowed: Set<String>?

    init(configuration: WebConfiguration) {
        let configured = Set(configuration.allowedHosts.compactMap { Authority(parsing: $0)?.host })
        let boundToLoopback = Authority(bindAddress: configuration.host)?.isLoopback ?? false
        allowed = boundToLoopback || !configured.isEmpty ? configured : nil
    }

    /// Whether requests must name an allowed host.
    var restricts: Bool { allowed != nil }

    /// Whether a request for `authority` is answered.
    func allows(_ authority: Authority) -> Bool {
        guard let allowed else { return true }
        return authority.isLoopback || allowed.contains(authority.host)
    }
}
