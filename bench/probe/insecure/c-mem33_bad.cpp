delete[] arr;
arr[0] = 1;
