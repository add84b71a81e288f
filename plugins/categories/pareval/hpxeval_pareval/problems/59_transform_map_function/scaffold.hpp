#pragma once

// True when x is a positive power of two (1, 2, 4, 8, ...).
inline bool isPowerOfTwo(int x) { return x > 0 && (x & (x - 1)) == 0; }
