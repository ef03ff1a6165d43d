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
        /// glibc's `M_MMAP_THRESHOLD` (malloc.h).
        private static let mmapThreshold: Int32 = -3
    #endif

    /// Lets the allocator keep at most `count` heaps for all threads (glibc's arenas; it makes up to eight a processor
    /// otherwise, one for each thread that finds the others busy). Each heap keeps what was freed into it scattered
    /// between what is still used, where giving memory back cannot reach it. Call it early, before threads allocate.
    public static func limitHeaps(to count: Int) {
        #if canImport(Glibc)
            _ = option?(arenaMax, Int32(count))
        #endif
    }

    /// Has every block of at least `bytes` mapped on its own and unmapped when freed (glibc's `M_MMAP_THRESHOLD`),
    /// where glibc would otherwise raise the threshold to the size of each large block freed, up to 32 MB, and carve
    /// later large blocks out of its heaps. A server's large blocks (the registry's columns when it is loaded
    /// again, a page being built) then left their pages scattered through the heaps, where giving memory back cannot
    /// reach them: idle after the benchmark's load, 16 MB anonymous every run instead of 17 to 22 MB. Call it early.
    public static func mapLargeBlocks(from bytes: Int) {
        #if canImport(Glibc)
            _ = option?(mmapThreshold, Int32(bytes))
        #endif
    }
}
