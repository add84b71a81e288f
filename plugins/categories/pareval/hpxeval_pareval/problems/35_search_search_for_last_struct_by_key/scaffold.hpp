#pragma once
#include <string>

struct Book {
    std::string title;
    int pages;
};
