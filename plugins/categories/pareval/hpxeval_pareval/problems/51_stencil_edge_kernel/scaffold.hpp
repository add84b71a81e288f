#pragma once

/* The 3x3 edge-detection kernel, row by row: 8 at the centre, -1 for each of the eight
   surrounding pixels. Only declared here (its values are defined once for the whole program),
   so that an answer may also define it itself, with these same values, as a const or constexpr
   int[3][3]. */
extern const int edgeKernel[3][3];
