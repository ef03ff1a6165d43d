#if canImport(Glibc)
    import Glibc
#endif

/// Gives memory freed by the allocator back to the system. Loading the registry decodes every stored row into
/// short-lived values; glibc keeps the freed pages in its heaps, so a server that had loaded once held about 30 MB
/// more than it used, until the next load reused them.
public enum FreedMemory {
    #if canImport(Glibc)
        /// glibc's `malloc_trim`, which its module map does not export, found in the running process.
        private static let trim: (@convention(c) (Int) -> Int32)? = {
            guard let process = dlopen(nil, RTLD_NOW), let symbol = dlsym(process, "malloc_trim") else { return nil }
            return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        }()
    #endif

    /// Returns free heap pages to the system (glibc's `malloc_trim`); does nothing where there is none.
    public static func release() {
        #if canImport(Glibc)
            _ = trim?(0)
        #endif
    }
}
