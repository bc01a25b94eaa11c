# Included by CMake right after llama.cpp's own project() while llama-cpp-python builds
# (CMAKE_ARGS=-DCMAKE_PROJECT_llama.cpp_INCLUDE=<this file>, see the Makefile's LLAMA_CMAKE_ARGS).
#
# llama-cpp-python forces llama.cpp's `common` library on (a FORCEd cache entry), yet its
# Python side loads only libllama and libggml*: common and the HTTP client it pulls in were
# about a third of the build's CPU (the multimodal library, LLAVA_BUILD=OFF, another third).
# A variable in llama.cpp's directory scope takes precedence over the cache entry, so
# `if (LLAMA_BUILD_COMMON)` there is false and neither is compiled nor installed.
set(LLAMA_BUILD_COMMON OFF)
