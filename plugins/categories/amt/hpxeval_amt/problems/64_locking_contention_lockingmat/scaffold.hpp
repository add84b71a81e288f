#pragma once
#include <cstddef>
#include <vector>
#include <mutex>

// The lock that each matrix entry carries.
using EntryLock = std::mutex;

// One matrix entry: its value, and the lock to hold while the value is read or modified.
struct LockedEntry {
    long long value = 0;
    EntryLock lock;
};

// A dense rows x cols matrix stored row-major, whose entries may be updated concurrently.
struct LockedMatrix {
    std::size_t rows, cols;
    std::vector<LockedEntry> entries;
    LockedMatrix(std::size_t r, std::size_t c) : rows(r), cols(c), entries(r * c) {}
    LockedEntry &at(std::size_t row, std::size_t col) { return entries[row * cols + col]; }
};

// A value to add in column col of the row being updated.
struct SparseEntry {
    std::size_t col;
    long long value;
};

// A sparse update of one row of the matrix.
struct RowUpdate {
    std::size_t row;
    std::vector<SparseEntry> entries;
};
