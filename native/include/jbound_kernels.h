/*
 * jbound's native kernels: the top rung of the optimization ladder, called from Java through
 * FFM bindings that jextract generates from this header (make bindings).
 *
 * Every kernel takes plain pointers and sizes, so Java can pass an off-heap MemorySegment or,
 * with Linker.Option.critical(true), a heap array. Floating-point results follow IEEE 754:
 * a NaN anywhere in the input gives NaN, an infinity gives infinity.
 */
#ifndef JBOUND_KERNELS_H
#define JBOUND_KERNELS_H

#include <stddef.h>
#include <stdint.h>

/* Sum of v[i] * v[i]: vectorized, with the additions reassociated across SIMD lanes. */
double jb_sum_of_squares(const double *values, int64_t n);

/* The same sum in source order, one dependent chain of additions: the scalar reference build. */
double jb_sum_of_squares_scalar(const double *values, int64_t n);

/*
 * 3x3 box blur of a grayscale image of width x height floats, row-major; each output pixel is
 * the mean of its 3x3 neighbourhood, with the image's edge pixels repeated outside it.
 * src and dst must not overlap.
 */
void jb_blur3x3(const float *src, float *dst, int32_t width, int32_t height);

/* The same blur compiled without vectorization: the scalar reference build. */
void jb_blur3x3_scalar(const float *src, float *dst, int32_t width, int32_t height);

/* Reads n doubles as fast as memory delivers them (a sum over many accumulators): measures bandwidth. */
double jb_stream_read(const double *values, int64_t n);

/* Does nothing: measures the cost of a downcall itself. */
void jb_noop(void);

#endif
