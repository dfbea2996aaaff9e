// Snowball's C library (Debian: libstemmer-dev), declared as a system library so Swift can
// call it: glossary stems French and English words with it (GlossaryKit's `Stemmer`).
#include <libstemmer.h>
