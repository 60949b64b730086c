#define DB_PASSWORD "hunter2hunter2"
