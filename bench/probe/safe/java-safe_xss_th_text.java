<div th:text="${comment}"></div>
