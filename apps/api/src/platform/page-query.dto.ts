import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { SORT_ORDERS } from '@peerpath/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

/** `page` and `pageSize` of every paged list (at most 100 a page), validated once. */
export class PageQueryDto {
  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'Page must be a whole number' })
  @Min(1)
  @Max(100000)
  page?: number;

  @ApiPropertyOptional({ default: 25 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'Page size must be a whole number' })
  @Min(1)
  @Max(100)
  pageSize?: number;
}

/** An optional `sort` naming one of a list's sortable columns; anything else is a 400. */
export function IsSortColumn(columns: readonly string[]) {
  return applyDecorators(
    ApiPropertyOptional({ enum: columns }),
    IsOptional(),
    IsIn([...columns], { message: `Sort by one of: ${columns.join(', ')}` }),
  );
}

/** An optional `order`: ascending or descending. */
export function IsSortOrder() {
  return applyDecorators(ApiPropertyOptional({ enum: SORT_ORDERS }), IsOptional(), IsIn([...SORT_ORDERS], { message: 'Order must be asc or desc' }));
}
