#pragma once
#include <complex>
#include <vector>

/* Forward discrete Fourier transform of x, in place and unnormalised:
   X[k] = sum over j of x[j] * exp(-2*pi*i*j*k/n). The length of x must be a power of two.
   Defined by the benchmark. */
void fft(std::vector<std::complex<double>> &x);
