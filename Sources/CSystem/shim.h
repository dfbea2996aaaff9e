// Linux calls that glibc declares only under _GNU_SOURCE, which Swift's Glibc module does not
// define; the functions are in libc itself, so nothing more is linked.

/// syncfs(2): writes every dirty file and folder of the file system holding `descriptor` to
/// disk (glibc ≥ 2.14). The site flushes its staging folder with one call before swapping it in
/// (AtomicFile.syncFileSystem).
int syncfs(int descriptor);
