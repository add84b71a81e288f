#pragma once

struct Result {
    int startTime, duration;
    float value;
};
