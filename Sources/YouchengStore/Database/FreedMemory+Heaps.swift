#if canImport(Glibc)
    import Glibc
#endif

extension FreedMemory {
    #if canImport(Glibc)
        /// glibc's `mallopt`, which its module map does not export, found in the running process.
        private static let option: (@convention(c) (Int32, Int32) -> Int32)? = {
            guard let process = dlopen(nil, RTLD_NOW), let symbol = dlsym(process, "mallopt") else { return nil }
            return unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        }()
        /// glibc's `M_ARENA_MAX` (malloc.h).
        private static let arenaMax: Int32 = -8
    #endif

    /// Lets the allocator keep at most `count` heaps for all threads (glibc's arenas; it makes up to eight a processor
    /// otherwise, one for each thread that finds the others busy). Each heap keeps what was freed into it scattered
    /// between what is still used, where giving memory back cannot reach it. Call it early, before threads allocate.
    public static func limitHeaps(to count: Int) {
        #if canImport(Glibc)
            _ = option?(arenaMax, Int32(count))
        #endif
    }
}
