DROP TABLE final_reviews;
