/* Vectorized kernels. Built with -O3 -fopenmp-simd; target_clones gives one body per SIMD width,
 * chosen at load time, so the library runs on any x86-64 and uses AVX-512 where it exists. */
#include "jbound_kernels.h"

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define JB_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define JB_CLONES
#endif

/* Independent partial sums: one vector accumulator would leave the loop waiting on the latency
 * of each addition; LANES of them (several SIMD registers at any width) keep the units busy. */
#define LANES 32

JB_CLONES
double jb_sum_of_squares(const double *restrict values, int64_t n) {
    double partial[LANES] = {0};
    int64_t i = 0;
    for (; i + LANES <= n; i += LANES) {
#pragma omp simd
        for (int j = 0; j < LANES; j++) {
            partial[j] += values[i + j] * values[i + j];
        }
    }
    double sum = 0.0;
    for (int j = 0; j < LANES; j++) {
        sum += partial[j];
    }
    for (; i < n; i++) {
        sum += values[i] * values[i];
    }
    return sum;
}

static inline const float *row(const float *image, int32_t width, int32_t height, int32_t y) {
    if (y < 0) y = 0;
    if (y >= height) y = height - 1;
    return image + (int64_t) y * width;
}

static inline float edge_pixel(const float *up, const float *mid, const float *down, int32_t width, int32_t x) {
    int32_t l = x > 0 ? x - 1 : 0;
    int32_t r = x + 1 < width ? x + 1 : width - 1;
    return (up[l] + up[x] + up[r] + mid[l] + mid[x] + mid[r] + down[l] + down[x] + down[r]) * (1.0f / 9.0f);
}

JB_CLONES
void jb_blur3x3(const float *restrict src, float *restrict dst, int32_t width, int32_t height) {
    if (width <= 0 || height <= 0) {
        return;
    }
    for (int32_t y = 0; y < height; y++) {
        const float *up = row(src, width, height, y - 1);
        const float *mid = row(src, width, height, y);
        const float *down = row(src, width, height, y + 1);
        float *out = dst + (int64_t) y * width;
        out[0] = edge_pixel(up, mid, down, width, 0);
#pragma omp simd
        for (int32_t x = 1; x < width - 1; x++) {
            out[x] = (up[x - 1] + up[x] + up[x + 1] + mid[x - 1] + mid[x] + mid[x + 1]
                      + down[x - 1] + down[x] + down[x + 1]) * (1.0f / 9.0f);
        }
        if (width > 1) {
            out[width - 1] = edge_pixel(up, mid, down, width, width - 1);
        }
    }
}

JB_CLONES
double jb_stream_read(const double *restrict values, int64_t n) {
    double partial[LANES] = {0};
    int64_t i = 0;
    for (; i + LANES <= n; i += LANES) {
#pragma omp simd
        for (int j = 0; j < LANES; j++) {
            partial[j] += values[i + j];
        }
    }
    double sum = 0.0;
    for (int j = 0; j < LANES; j++) {
        sum += partial[j];
    }
    for (; i < n; i++) {
        sum += values[i];
    }
    return sum;
}

void jb_noop(void) {
}
